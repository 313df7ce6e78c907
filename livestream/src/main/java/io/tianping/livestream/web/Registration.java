package io.tianping.livestream.web;

import io.tianping.livestream.api.AccountDetails;
import io.tianping.livestream.api.Identity;

/** A registration request once parsed; the phone is still clear here, and is sealed before any command carries it. */
record Registration(Identity identity, String name, String account, AccountDetails details, String phone) { }
