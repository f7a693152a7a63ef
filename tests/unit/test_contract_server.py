import httpx

from contract_server import Reply


def test_scripted_replies_and_recorded_requests(contract_server):
    contract_server.script("POST", "/api/v1/statuses",
                           Reply(429, {"error": "Too many requests"},
                                 headers={"X-RateLimit-Reset": "2026-11-26T10:00:00.000Z"}),
                           Reply(200, {"id": "1"}))
    with httpx.Client(base_url=contract_server.url) as client:
        first = client.post("/api/v1/statuses", json={"status": "a"},
                            headers={"Idempotency-Key": "k"})
        second = client.post("/api/v1/statuses?x=1", json={"status": "b"})
        third = client.post("/api/v1/statuses", json={"status": "c"})
        missing = client.get("/nope")
    assert (first.status_code, first.headers["x-ratelimit-reset"]) == (429,
                                                                      "2026-11-26T10:00:00.000Z")
    assert second.json() == third.json() == {"id": "1"}  # the last reply repeats
    assert missing.status_code == 404
    [sent] = [r for r in contract_server.sent("POST") if r.json()["status"] == "a"]
    assert sent.headers["idempotency-key"] == "k"
    assert contract_server.sent("POST")[1].query == {"x": ["1"]}
