/** CBEC and general-trade import taxes from dated rates and limits (财关税〔2016〕18号, 〔2018〕49号). */
package io.kuajing.customs.domain.tax;
