package archfixture.apiinternals.catalog.domain;

public class Product {
}
