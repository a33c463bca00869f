package archfixture.layering.catalog.application;

public class PricingService {
}
