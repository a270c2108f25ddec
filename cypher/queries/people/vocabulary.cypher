// The specialty and region names the graph holds, for the vocabulary (merged there with the curated lists).
CALL () {
  MATCH (s:Specialty)
  RETURN collect(s.name) AS specialties
}
CALL () {
  MATCH (r:Region)
  RETURN collect(r.name) AS regions
}
RETURN specialties, regions
