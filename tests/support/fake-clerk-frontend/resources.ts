// What the fake keeps, and the JSON Clerk's Frontend API sends for it, in the
// shapes clerk-js reads (@clerk/clerk-js 6.40: the fromJSON of its Client,
// Session, User, SignIn and Environment resources;
// https://clerk.com/docs/reference/frontend-api). Times are epoch ms, as FAPI sends them.

export interface FakeClerkUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly firstName?: string;
  readonly lastName?: string;
}

export interface FirstFactor {
  readonly strategy: 'password' | 'email_code';
  status: 'unverified' | 'verified' | 'failed';
  attempts: number;
  /** The email code sent, for email_code. */
  readonly code?: string;
  readonly expireAt: number | null;
}

export interface SignInState {
  readonly id: string;
  readonly identifier: string;
  readonly user: FakeClerkUser;
  status: 'needs_first_factor' | 'complete';
  firstFactor: FirstFactor | null;
  createdSessionId: string | null;
}

export interface SessionState {
  readonly id: string;
  readonly user: FakeClerkUser;
  /** 'ended' by sessions/{id}/end, 'removed' by sessions/{id}/remove or signing out of the client. */
  status: 'active' | 'ended' | 'removed';
  readonly createdAt: number;
  lastActiveAt: number;
}

export interface ClientState {
  readonly id: string;
  /** The token that names this client: a dev browser's, or a native client's. */
  readonly token: string;
  readonly sessions: SessionState[];
  lastActiveSessionId: string | null;
  signIn: SignInState | null;
  readonly createdAt: number;
  updatedAt: number;
}

type Json = Record<string, unknown>;

export const emailAddressId = (user: FakeClerkUser) => `idn_${user.id}`;

export function userJson(user: FakeClerkUser, now: number): Json {
  return {
    object: 'user',
    id: user.id,
    external_id: null,
    username: null,
    first_name: user.firstName ?? null,
    last_name: user.lastName ?? null,
    image_url: '',
    has_image: false,
    primary_email_address_id: emailAddressId(user),
    primary_phone_number_id: null,
    primary_web3_wallet_id: null,
    password_enabled: true,
    two_factor_enabled: false,
    totp_enabled: false,
    backup_code_enabled: false,
    email_addresses: [
      {
        object: 'email_address',
        id: emailAddressId(user),
        email_address: user.email,
        reserved: false,
        linked_to: [],
        verification: {
          object: 'verification',
          status: 'verified',
          strategy: 'email_code',
          attempts: 1,
          expire_at: null,
        },
      },
    ],
    phone_numbers: [],
    web3_wallets: [],
    passkeys: [],
    external_accounts: [],
    enterprise_accounts: [],
    organization_memberships: [],
    public_metadata: {},
    unsafe_metadata: {},
    delete_self_enabled: true,
    create_organization_enabled: false,
    last_sign_in_at: now,
    legal_accepted_at: null,
    created_at: now,
    updated_at: now,
  };
}

function publicUserData(user: FakeClerkUser): Json {
  return {
    first_name: user.firstName ?? null,
    last_name: user.lastName ?? null,
    image_url: '',
    has_image: false,
    identifier: user.email,
  };
}

/** `lastActiveToken`: the session token FAPI embeds in each active session, so clerk-js needs no request for it. */
export function sessionJson(session: SessionState, lastActiveToken: string | null, now: number): Json {
  return {
    object: 'session',
    id: session.id,
    status: session.status,
    expire_at: session.createdAt + 7 * 86_400_000,
    abandon_at: session.createdAt + 30 * 86_400_000,
    last_active_at: session.lastActiveAt,
    last_active_organization_id: null,
    actor: null,
    factor_verification_age: [0, -1],
    tasks: null,
    user: userJson(session.user, now),
    public_user_data: publicUserData(session.user),
    last_active_token: lastActiveToken === null ? null : { object: 'token', jwt: lastActiveToken },
    created_at: session.createdAt,
    updated_at: session.lastActiveAt,
  };
}

function factorJson(factor: FirstFactor): Json {
  return {
    object: 'verification',
    status: factor.status,
    strategy: factor.strategy,
    attempts: factor.attempts,
    expire_at: factor.expireAt,
  };
}

export function signInJson(signIn: SignInState): Json {
  const { user } = signIn;
  return {
    object: 'sign_in_attempt',
    id: signIn.id,
    status: signIn.status,
    identifier: signIn.identifier,
    supported_identifiers: ['email_address'],
    supported_first_factors: [
      { strategy: 'password' },
      { strategy: 'email_code', safe_identifier: user.email, email_address_id: emailAddressId(user), primary: true },
    ],
    supported_second_factors: null,
    first_factor_verification: signIn.firstFactor === null ? null : factorJson(signIn.firstFactor),
    second_factor_verification: null,
    user_data: {
      first_name: user.firstName ?? null,
      last_name: user.lastName ?? null,
      image_url: '',
      has_image: false,
    },
    created_session_id: signIn.createdSessionId,
  };
}

export function clientJson(client: ClientState, sessionToken: (session: SessionState) => string, now: number): Json {
  const live = client.sessions.filter((session) => session.status === 'active');
  return {
    object: 'client',
    id: client.id,
    sessions: live.map((session) => sessionJson(session, sessionToken(session), now)),
    sign_in: client.signIn === null ? null : signInJson(client.signIn),
    sign_up: null,
    last_active_session_id: client.lastActiveSessionId,
    last_authentication_strategy: null,
    captcha_bypass: false,
    cookie_expires_at: null,
    created_at: client.createdAt,
    updated_at: client.updatedAt,
  };
}

/**
 * A development instance with email + password and email codes, as the
 * extension's Clerk application is set up (README, "Accounts"): no sign-up
 * captcha, no organizations, one session per client.
 */
export function environmentJson(applicationName: string): Json {
  const off = {
    enabled: false,
    required: false,
    used_for_first_factor: false,
    first_factors: [],
    used_for_second_factor: false,
    second_factors: [],
    verifications: [],
    verify_at_sign_up: false,
  };
  return {
    object: 'environment',
    id: 'env_fake',
    auth_config: {
      object: 'auth_config',
      id: 'aac_fake',
      single_session_mode: true,
      claimed_at: null,
      reverification: false,
    },
    display_config: {
      object: 'display_config',
      id: 'display_config_fake',
      instance_environment_type: 'development',
      application_name: applicationName,
      branded: false,
      preferred_sign_in_strategy: 'password',
      captcha_public_key: null,
      captcha_widget_type: null,
      captcha_provider: null,
      captcha_oauth_bypass: [],
      home_url: '',
      sign_in_url: '',
      sign_up_url: '',
      user_profile_url: '',
      after_sign_in_url: '',
      after_sign_up_url: '',
      after_sign_out_one_url: '',
      after_sign_out_all_url: '',
      show_devmode_warning: false,
      support_email: null,
      terms_url: null,
      privacy_policy_url: null,
    },
    user_settings: {
      attributes: {
        email_address: {
          ...off,
          enabled: true,
          required: true,
          used_for_first_factor: true,
          first_factors: ['email_code'],
          verifications: ['email_code'],
          verify_at_sign_up: true,
        },
        password: { ...off, enabled: true, required: true },
        phone_number: off,
        username: off,
        web3_wallet: off,
        first_name: off,
        last_name: off,
        authenticator_app: off,
        backup_code: off,
        passkey: off,
      },
      social: {},
      sign_in: { second_factor: { required: false, enabled: false } },
      sign_up: {
        captcha_enabled: false,
        legal_consent_enabled: false,
        mode: 'public',
        progressive: true,
        allowlist_only: false,
        mfa: { required: false },
      },
      password_settings: {
        min_length: 8,
        max_length: 72,
        disable_hibp: true,
        show_zxcvbn: false,
        min_zxcvbn_strength: 0,
        require_special_char: false,
        require_numbers: false,
        require_uppercase: false,
        require_lowercase: false,
        allowed_special_characters: '',
      },
      actions: { delete_self: true, create_organization: false },
    },
    organization_settings: { enabled: false },
    maintenance_mode: false,
    client_debug_mode: false,
  };
}
