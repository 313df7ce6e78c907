package io.tianping.livestream.web;

/** A registration refused because the subject is blacklisted: 409 of type {@code …/problems/blacklisted}. */
class Blacklisted extends RuntimeException {

    Blacklisted(String message) {
        super(message);
    }
}
