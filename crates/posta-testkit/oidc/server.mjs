// A real OpenID provider on loopback for Posta's OAuth2 tests (never shipped).
//
// panva's oidc-provider with: a public native client (PKCE, loopback redirect
// on any port), refresh-token rotation, introspection (for Dovecot and the
// SMTP server) and revocation, access tokens that live ACCESS_TTL seconds,
// the development login and consent pages (a test "browser" completes them
// over HTTP), `POST /test/forget`, which forgets every grant and token, and
// `POST /test/expire-access`, which ends every access token at once.
//
// It listens on 127.0.0.1 on a free port and prints `listening PORT` first;
// every token request is then logged as one line `token GRANT_TYPE`.
import http from 'node:http';
import Provider from 'oidc-provider';

const accessTtl = Number(process.env.ACCESS_TTL || '3600');
const introspectionSecret = process.env.INTROSPECTION_SECRET || 'dovecot-secret';

// Everything the provider remembers, in one map so it can be forgotten at once.
const stored = new Map();

class Memory {
  constructor(name) {
    this.name = name;
  }

  key(id) {
    return `${this.name}:${id}`;
  }

  async upsert(id, payload, expiresIn) {
    const expires = expiresIn ? Date.now() + expiresIn * 1000 : undefined;
    stored.set(this.key(id), { payload, expires });
    if (payload.grantId) {
      const grantKey = `grant:${payload.grantId}`;
      const members = stored.get(grantKey)?.payload || [];
      members.push(this.key(id));
      stored.set(grantKey, { payload: members });
    }
    if (payload.userCode) stored.set(`userCode:${payload.userCode}`, { payload: id });
    if (payload.uid) stored.set(`uid:${payload.uid}`, { payload: id });
  }

  async find(id) {
    const entry = stored.get(this.key(id));
    if (!entry) return undefined;
    if (entry.expires && entry.expires < Date.now()) {
      stored.delete(this.key(id));
      return undefined;
    }
    return entry.payload;
  }

  async findByUserCode(userCode) {
    const id = stored.get(`userCode:${userCode}`)?.payload;
    return id ? this.find(id) : undefined;
  }

  async findByUid(uid) {
    const id = stored.get(`uid:${uid}`)?.payload;
    return id ? this.find(id) : undefined;
  }

  async consume(id) {
    const entry = stored.get(this.key(id));
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id) {
    stored.delete(this.key(id));
  }

  async revokeByGrantId(grantId) {
    const grantKey = `grant:${grantId}`;
    for (const key of stored.get(grantKey)?.payload || []) stored.delete(key);
    stored.delete(grantKey);
  }
}

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    adapter: Memory,
    clients: [
      {
        client_id: 'posta-test',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: ['http://127.0.0.1/'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
      {
        client_id: 'mail-servers',
        client_secret: introspectionSecret,
        grant_types: [],
        redirect_uris: [],
        response_types: [],
      },
    ],
    scopes: ['openid', 'offline_access', 'email', 'mail'],
    features: {
      devInteractions: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
    },
    pkce: { required: () => true },
    // Every code grant of the native client gets a refresh token, as mail
    // providers do, whether or not `offline_access` was asked for.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    ttl: {
      AccessToken: accessTtl,
      AuthorizationCode: 120,
      Grant: 86400,
      Interaction: 600,
      RefreshToken: 86400,
      Session: 86400,
    },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: id }),
    }),
    cookies: { keys: ['posta-test-only'] },
  });
  provider.proxy = false;

  // The tests check that no token ends up in a file or a log of Posta's.
  for (const event of ['access_token.saved', 'refresh_token.saved']) {
    provider.on(event, (token) => console.log(`issued ${token.jti}`));
  }
  provider.on('grant.success', (ctx) => {
    console.log(`token ${ctx.oidc.params.grant_type}`);
  });
  provider.on('grant.error', (ctx, err) => {
    console.log(`token-error ${ctx.oidc.params?.grant_type} ${err.error} ${err.error_detail || ""}`);
  });

  const callback = provider.callback();
  server.on('request', (req, res) => {
    if (req.method === 'POST' && req.url === '/test/forget') {
      stored.clear();
      console.log('forgot every grant');
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'POST' && req.url === '/test/expire-access') {
      // Every access token ends now; grants and refresh tokens stay.
      for (const key of [...stored.keys()]) {
        if (key.startsWith('AccessToken:')) stored.delete(key);
      }
      console.log('expired every access token');
      res.writeHead(204).end();
      return;
    }
    callback(req, res);
  });
  console.log(`listening ${port}`);
});
