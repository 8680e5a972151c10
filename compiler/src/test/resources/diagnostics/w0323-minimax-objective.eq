% Goodfellow et al. (2014), Eq. 1: the value function of the two-player game, D(x) and D(G(z)) given per sample.
D(\boldsymbol{x}), D(G(\boldsymbol{z})) \in \mathbb{R}^{m}
\min_G \max_D V(D, G) = \mathbb{E}_{\boldsymbol{x} \sim p_{\text{data}}}[\log D(\boldsymbol{x})] + \mathbb{E}_{\boldsymbol{z} \sim p_{\boldsymbol{z}}}[\log(1 - D(G(\boldsymbol{z})))]
% ~WARNING W0323
% ~WARNING W0191
% ~WARNING W0191
% ~WARNING W0132
% ~WARNING W0132
