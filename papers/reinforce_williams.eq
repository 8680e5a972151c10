% Simple statistical gradient-following algorithms (REINFORCE), Williams (1992), §4: the weight
% change for each weight w_{ij}; e_{ij} is the characteristic eligibility d ln g_i / d w_{ij} (given),
% \alpha_{ij} the learning rate factor, b_{ij} the reinforcement baseline, r the reinforcement.
\alpha, b, e \in \mathbb{R}^{n \times m}, r \in \mathbb{R}

\Delta w_{ij} = \alpha_{ij}(r - b_{ij})e_{ij}
