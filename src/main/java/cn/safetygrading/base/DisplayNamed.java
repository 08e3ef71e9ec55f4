package cn.safetygrading.base;

/** Something with a human-readable name, e.g. the signed-in account shown in the header. */
public interface DisplayNamed {

    String displayName();
}
