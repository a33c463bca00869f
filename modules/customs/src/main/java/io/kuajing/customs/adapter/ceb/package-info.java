/**
 * The single window's CEB messages as JAXB classes, in the namespace http://www.chinaport.gov.cn/ceb with the
 * customary "ceb" prefix. Field order is the element order of the customs schema; null fields are left out.
 */
@XmlSchema(namespace = Ceb.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "ceb", namespaceURI = Ceb.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
@SecondaryAdapter
package io.kuajing.customs.adapter.ceb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
