-- How the courier comes for a booked parcel: USUAL, or ON_RELEASE for a bonded (1210) parcel whose waybill is booked
-- early for the declaration while the parcel stays under bond until customs releases it; CALLED once released.
ALTER TABLE logistics_shipment ADD COLUMN collection VARCHAR(12) NOT NULL DEFAULT 'USUAL';
