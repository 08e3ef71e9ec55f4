package cn.safetygrading.forms.ui;

import cn.safetygrading.forms.model.FileRules;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Settings of a {@link CamundaFormView}.
 *
 * @param files the file rules of every filepicker (size, count)
 * @param zone  the zone in which a {@link java.util.Date} variable shown in a date field is read
 *              (dates are submitted as zone-free ISO strings); pass the application clock's zone
 */
public record FormOptions(FileRules files, ZoneId zone) implements Serializable {

    /** Default file rules in the application's zone (never the JVM's): see {@link cn.safetygrading.base.time.AppZone}. */
    public static FormOptions defaults() {
        return new FormOptions(FileRules.DEFAULT, cn.safetygrading.base.time.AppZone.get());
    }

    public FormOptions {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(zone, "zone");
    }

    public FormOptions withFiles(FileRules rules) {
        return new FormOptions(rules, zone);
    }

    public FormOptions withZone(ZoneId other) {
        return new FormOptions(files, other);
    }
}
