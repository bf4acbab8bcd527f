package org.carecommunities.assetmap.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** Where a service happens: a venue with its address, coordinates and what makes it accessible. */
@Entity
@Table(name = "asset_location")
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    /** The id of the service at this location, as Open Referral lists it. */
    @Column(name = "at_uuid", nullable = false, unique = true, length = 36)
    private String atUuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private Service service;

    @Column(nullable = false, length = 160)
    private String venue;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(nullable = false, length = 80)
    private String town;

    @Column(nullable = false, length = 10)
    private String postcode;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @Column(name = "step_free", nullable = false)
    private boolean stepFree;

    @Column(name = "hearing_loop", nullable = false)
    private boolean hearingLoop;

    @Column(name = "accessible_toilet", nullable = false)
    private boolean accessibleToilet;

    @Column(nullable = false)
    private boolean parking;

    protected Location() {
        // for JPA
    }

    Location(Service service, Venue venue) {
        this(service, UUID.randomUUID().toString(), UUID.randomUUID().toString(), venue);
    }

    /** A venue with the ids another directory gave it (an import keeps them, so a re-import finds it again). */
    Location(Service service, String uuid, String atUuid, Venue venue) {
        this.service = service;
        this.uuid = uuid;
        this.atUuid = atUuid;
        describe(venue);
    }

    void describe(Venue venue) {
        this.venue = venue.name();
        this.address = venue.address();
        this.town = venue.town();
        this.postcode = venue.postcode();
        this.latitude = venue.latitude();
        this.longitude = venue.longitude();
        this.stepFree = venue.stepFree();
        this.hearingLoop = venue.hearingLoop();
        this.accessibleToilet = venue.accessibleToilet();
        this.parking = venue.parking();
    }

    public Venue venue() {
        return new Venue(venue, address, town, postcode, latitude, longitude, stepFree, hearingLoop, accessibleToilet,
                parking);
    }

    public Long id() {
        return id;
    }

    public String uuid() {
        return uuid;
    }

    public String atUuid() {
        return atUuid;
    }

    public Service service() {
        return service;
    }

    /** A venue as typed or imported: name, address, coordinates and accessibility. */
    public record Venue(String name, String address, String town, String postcode, double latitude,
                        double longitude, boolean stepFree, boolean hearingLoop, boolean accessibleToilet,
                        boolean parking) {

        public Venue {
            if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
                throw new IllegalArgumentException("Coordinates out of range");
            }
        }
    }
}
