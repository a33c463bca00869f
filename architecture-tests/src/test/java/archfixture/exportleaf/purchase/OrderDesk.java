package archfixture.exportleaf.purchase;

public interface OrderDesk {
    int count();
}
