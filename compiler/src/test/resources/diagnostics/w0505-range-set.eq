% FedAdam's server mean: the sampled clients written as the range 1 ... S
\Delta \in \mathbb{R}^{S \times d}, \mathcal{S} = \{1, \dots, S\}
% ~WARNING W0505

\bar{\Delta} = \frac{1}{|\mathcal{S}|} \sum_{i \in \mathcal{S}} \Delta_i
