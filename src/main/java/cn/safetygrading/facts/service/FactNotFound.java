package cn.safetygrading.facts.service;

/** No such enterprise (or entry) in the account's scope: USCCs outside it cannot be probed. */
public class FactNotFound extends RuntimeException {

    public FactNotFound(String detail) {
        super(detail);
    }
}
