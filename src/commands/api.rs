//! `bp api METHOD PATH`: any request, with bp's credentials, retries and redaction, for
//! the endpoints bp does not wrap (like `gh api`).

use std::io::{BufWriter, Read, Write};

use anyhow::{Context as _, Result};
use reqwest::Method;
use serde_json::Value;

use crate::Context;
use crate::api::{Auth, PREFETCH, Pages, Request};
use crate::cli::{ApiArgs, ApiAuth};
use crate::error::{ExitStatus, usage};
use crate::output::Renderer;
use crate::settings::SecretKind;

pub async fn run(args: ApiArgs, ctx: &Context) -> Result<ExitStatus> {
    let method = Method::from_bytes(args.method.to_ascii_uppercase().as_bytes())
        .map_err(|_| usage(format!("invalid METHOD `{}`", args.method)))?;
    let (path, query) = match args.path.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (args.path.clone(), String::new()),
    };
    // Before any credential is read: the URL must stay under the base URL.
    ctx.client.resolve(&path)?;
    let auth = match args.auth {
        ApiAuth::Partner => Auth::Key(
            SecretKind::PartnerKey,
            ctx.profile.secret(SecretKind::PartnerKey)?,
        ),
        ApiAuth::Token => ctx.api_auth().await?,
        ApiAuth::Bot => {
            let token = ctx.profile.secret(SecretKind::BotToken)?;
            // The chat list takes `x-bot-token`, the lead upsert `x-bp-token`, as documented.
            if path
                .trim_start_matches('/')
                .starts_with("inbox/direct/chats")
            {
                Auth::BotToken(token)
            } else {
                Auth::BpToken(token)
            }
        }
        ApiAuth::Wa => Auth::WaKey(ctx.profile.wa_api_key(None)?),
        ApiAuth::None => Auth::None,
    };
    let mut req = Request::get(path, auth);
    req.method = method.clone();
    if !query.is_empty() {
        let parsed = reqwest::Url::parse(&format!("http://query/?{query}"))
            .map_err(|e| usage(format!("invalid query in `{}`: {e}", args.path)))?;
        for (k, v) in parsed.query_pairs() {
            req = req.query(&k, v);
        }
    }
    let body_method = !matches!(method, Method::GET | Method::DELETE | Method::HEAD);
    if let Some(input) = &args.input {
        let mut text = String::new();
        if input == "-" {
            std::io::stdin().read_to_string(&mut text)?;
        } else {
            text =
                std::fs::read_to_string(input).with_context(|| format!("cannot read {input}"))?;
        }
        let body: Value =
            serde_json::from_str(&text).map_err(|e| usage(format!("{input} is not JSON: {e}")))?;
        req.body = Some(body.into());
    } else if !args.typed_fields.is_empty() || !args.raw_fields.is_empty() {
        let mut fields = Vec::new();
        for pair in &args.raw_fields {
            let (key, raw) = super::split_pair(pair, "-f")?;
            fields.push((key, Value::from(raw)));
        }
        for pair in &args.typed_fields {
            fields.push(typed_field(pair)?);
        }
        if body_method {
            req.body = Some(super::nested_object(fields, "-f/-F")?.into());
        } else {
            for (key, value) in fields {
                match value {
                    Value::String(text) => req = req.query(key, text),
                    other => req = req.query(key, other),
                }
            }
        }
    } else if body_method {
        req.body = Some(Value::Object(serde_json::Map::new()).into());
    }
    for header in &args.headers {
        let (name, value) = header
            .split_once(':')
            .filter(|(name, _)| !name.trim().is_empty())
            .ok_or_else(|| usage(format!("invalid -H `{header}`: use 'Name: value'")))?;
        req = req.header(name.trim().to_ascii_lowercase(), value.trim());
    }
    // Only reads are safe to repeat on an unknown endpoint.
    if method != Method::GET {
        req = req.once();
    }
    if args.paginate {
        return paginate(req, &args, ctx).await;
    }
    let mut answer = ctx.client.send(&req).await?;
    if !args.show {
        crate::api::mask_secret_fields(&mut answer);
        ctx.client.redactor().scrub_json(&mut answer);
    }
    let mut opts = ctx.settings.output.clone();
    if args.show {
        opts.mask = crate::secret::KnownSecrets::default();
    }
    crate::output::print_json(&opts, &answer, &mut crate::printer::stdout())?;
    Ok(ExitStatus::Success)
}

/// `--paginate`: the request's pages, `page=1`, 2, … until an empty one, their items printed
/// together (JSON unless `-o` says otherwise).
async fn paginate(req: Request, args: &ApiArgs, ctx: &Context) -> Result<ExitStatus> {
    if req.method != Method::GET {
        return Err(usage(format!(
            "--paginate walks the pages of a GET listing, not a {}",
            req.method
        )));
    }
    if req.query.iter().any(|(k, _)| k == "page") {
        return Err(usage(
            "--paginate sets `page` itself: leave it out of the path and the fields",
        ));
    }
    let mut opts = ctx.settings.output.clone();
    if !opts.format_given {
        opts.format = crate::output::Format::Json;
    }
    if args.show {
        opts.mask = crate::secret::KnownSecrets::default();
    }
    let mut renderer = Renderer::new(opts, &[], BufWriter::new(crate::printer::stdout()));
    let walk = ctx
        .client
        .paginate(
            Pages::All,
            PREFETCH,
            args.max_pages,
            |page| req.clone().query("page", page),
            |items, _| {
                if args.show {
                    return renderer.write_items(items);
                }
                let scrub = ctx.client.redactor();
                let mut items = items.to_vec();
                for item in &mut items {
                    crate::api::mask_secret_fields(item);
                    scrub.scrub_json(item);
                }
                renderer.write_items(&items)
            },
        )
        .await;
    // What was printed stays valid output (a closed JSON array) even when a page failed.
    let finished = renderer.finish();
    walk?;
    finished?;
    crate::printer::stdout().flush()?;
    Ok(ExitStatus::Success)
}

/// A `-F key=value` as `gh api` reads it: `true`, `false`, `null` and integers are JSON
/// (`007` is 7), `@FILE` is the file's text (`@-` standard input), anything else a string.
fn typed_field(pair: &str) -> Result<(&str, Value)> {
    let (key, raw) = super::split_pair(pair, "-F")?;
    let value = match raw.strip_prefix('@') {
        Some("-") => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            Value::String(text)
        }
        Some(file) => Value::String(
            std::fs::read_to_string(file)
                .map_err(|e| usage(format!("invalid -F `{pair}`: cannot read {file}: {e}")))?,
        ),
        None => match raw {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "null" => Value::Null,
            _ => raw
                .parse::<i64>()
                .map_or_else(|_| Value::from(raw), Value::from),
        },
    };
    Ok((key, value))
}
