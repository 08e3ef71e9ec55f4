package cn.safetygrading.facts.service;

/** The account may not record (or read) the registers of this enterprise: an enterprise, or not its owner. */
public class FactAccessDenied extends RuntimeException {

    public FactAccessDenied(String detail) {
        super(detail);
    }
}
