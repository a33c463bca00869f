// Draws every <div class="chart" data-chart="…"> of a console page with ECharts (loaded before this script): the
// figures come from BarChart on the server; bars stack unless "grouped", run across when "horizontal".
document.querySelectorAll('.chart').forEach(function (element) {
  var figures = JSON.parse(element.dataset.chart);
  var categories = {type: 'category', data: figures.categories, name: figures.axis};
  var values = {type: 'value'};
  echarts.init(element).setOption({
    tooltip: {}, legend: {}, grid: {containLabel: true},
    xAxis: figures.horizontal ? values : categories,
    yAxis: figures.horizontal ? categories : values,
    series: figures.series.map(function (s) {
      return {name: s.name, type: 'bar', stack: figures.grouped ? undefined : 'all', data: s.data};
    })
  });
  element.dataset.drawn = 'true';
});
