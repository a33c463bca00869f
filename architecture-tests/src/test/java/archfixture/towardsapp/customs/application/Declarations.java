package archfixture.towardsapp.customs.application;

import archfixture.towardsapp.app.KuajingSettings;

/** Planted: customs reads the app's configuration type. */
public class Declarations {
    Declarations(KuajingSettings settings) {
    }
}
