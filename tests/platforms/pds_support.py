"""Reading what the Bluesky PDS holds, straight from the server (not through the adapter)."""

from __future__ import annotations

import httpx


def get_record(pds_url: str, uri: str) -> dict:
    """Read a record straight from the server (not through the adapter)."""
    did, collection, rkey = uri.removeprefix("at://").split("/")
    with httpx.Client(base_url=f"{pds_url}/xrpc/", timeout=30) as client:
        response = client.get("com.atproto.repo.getRecord",
                              params={"repo": did, "collection": collection, "rkey": rkey})
    response.raise_for_status()
    return response.json()


def list_posts(pds_url: str, did: str) -> list[dict]:
    with httpx.Client(base_url=f"{pds_url}/xrpc/", timeout=30) as client:
        response = client.get("com.atproto.repo.listRecords", params={
            "repo": did, "collection": "app.bsky.feed.post", "limit": 100})
    response.raise_for_status()
    return response.json()["records"]

