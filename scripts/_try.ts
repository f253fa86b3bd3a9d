import { planRoute } from "../shared/geo/plan-route";
console.log(JSON.stringify(planRoute({ origin: [26,28], waypoints: [], target: [26,28], rangeKm: 1, rightsIn: () => "none" })));
console.log(JSON.stringify(planRoute({ origin: [26,28], waypoints: [[26,28]], target: [26,28.1], rangeKm: 1, rightsIn: () => "none" })));
