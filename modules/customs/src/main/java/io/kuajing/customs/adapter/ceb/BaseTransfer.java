package io.kuajing.customs.adapter.ceb;

/** Who transmits the message and how (dxpMode DXP: through the single window's exchange platform). */
public class BaseTransfer {
    public String copCode;
    public String copName;
    public String dxpMode = "DXP";
    public String dxpId;
    public String note;

    public BaseTransfer() {
    }

    public BaseTransfer(String copCode, String copName, String dxpId) {
        this.copCode = copCode;
        this.copName = copName;
        this.dxpId = dxpId;
    }
}
