// Each introducer's answers so far, the time each answer took, and the asks waiting for them, for routing by
// responsiveness: one row per person ever asked to introduce (bounded by $limit).
// A named request counts for its introducer (VIA): ACCEPTED, COMPLETED, or WITHDRAWN after the acceptance
// (decidedAt set) is an acceptance, DECLINED a decline, EXPIRED an expiry, REQUESTED an ask waiting, an
// unanswered WITHDRAWN nothing. A blind request counts for everyone on its route asked so far: the first
// `accepted` introducers (route[1..accepted]) accepted, each when `answeredAt[k]` says (asked when the one
// before them accepted, the first at requestedAt); the person asked now (route[hop], VIA) answers by the
// status only when they have not accepted (accepted < hop), so a route that broke after their acceptance is
// nobody's decline. Hours to answer: decidedAt (or answeredAt) minus when they were asked; an expiry counts as
// the full $expireHours. `hours` holds each introducer's last 32 answer times, oldest first.
MATCH (i:Introduction)-[:VIA]->(v:Person)
WITH i, v.id AS via, coalesce(i.blind, false) AS blind, coalesce(i.hop, 1) AS hop,
     coalesce(i.accepted, 0) AS onRoute, coalesce(i.answeredAt, []) AS answeredAt,
     coalesce(i.askedAt, i.requestedAt) AS askedAt
WITH i, via, blind, askedAt,
     CASE WHEN blind THEN onRoute >= hop
          ELSE i.status IN ['ACCEPTED', 'COMPLETED'] OR (i.status = 'WITHDRAWN' AND i.decidedAt IS NOT NULL)
     END AS viaAccepted,
     CASE WHEN blind
          THEN [k IN range(1, onRoute) |
                {introducer: i.route[k], outcome: 'accepted',
                 asked: CASE WHEN k = 1 THEN i.requestedAt ELSE answeredAt[k - 2] END,
                 at: answeredAt[k - 1]}]
          ELSE [] END AS routeAnswers
WITH i, routeAnswers + CASE
       WHEN blind AND viaAccepted THEN []
       WHEN viaAccepted THEN [{introducer: via, outcome: 'accepted', asked: askedAt, at: i.decidedAt}]
       WHEN i.status = 'DECLINED' THEN [{introducer: via, outcome: 'declined', asked: askedAt, at: i.decidedAt}]
       WHEN i.status = 'EXPIRED' THEN [{introducer: via, outcome: 'expired', asked: askedAt, at: i.expiredAt}]
       WHEN i.status = 'REQUESTED' THEN [{introducer: via, outcome: 'pending', asked: askedAt, at: null}]
       ELSE [] END AS answers
UNWIND answers AS a
WITH i, a,
     CASE WHEN a.outcome = 'expired' THEN toFloat($expireHours)
          WHEN a.outcome = 'pending' OR a.asked IS NULL OR a.at IS NULL THEN null
          ELSE duration.inSeconds(a.asked, a.at).milliseconds / 3600000.0 END AS hours
ORDER BY coalesce(a.at, a.asked) ASC
WITH a.introducer AS introducer,
     sum(CASE WHEN a.outcome = 'accepted' THEN 1 ELSE 0 END) AS accepted,
     sum(CASE WHEN a.outcome = 'declined' THEN 1 ELSE 0 END) AS declined,
     sum(CASE WHEN a.outcome = 'expired' THEN 1 ELSE 0 END) AS expired,
     collect(CASE WHEN a.outcome = 'pending' THEN i.id END) AS pending,
     collect(hours) AS hours
RETURN introducer, accepted, declined, expired, pending,
       CASE WHEN size(hours) > 32 THEN hours[size(hours) - 32..] ELSE hours END AS hours
LIMIT $limit
