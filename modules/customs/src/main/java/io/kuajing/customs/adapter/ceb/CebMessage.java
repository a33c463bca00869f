package io.kuajing.customs.adapter.ceb;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlTransient;

/** The root of every CEB message: guid (36 characters, upper case) and version 1.0 as attributes. */
@XmlTransient
public abstract class CebMessage {
    @XmlAttribute
    public String guid;
    @XmlAttribute
    public String version = Ceb.VERSION;
}
