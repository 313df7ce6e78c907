package io.tianping.livestream.web;

import io.tianping.livestream.api.AccountDetails;
import io.tianping.livestream.api.Identity;

/** A registration request once parsed. */
record Registration(Identity identity, String name, String account, AccountDetails details) { }
