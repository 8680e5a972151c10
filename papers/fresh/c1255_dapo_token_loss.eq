% DAPO, Yu et al. (2025), Eq. 8 without the outer expectation: the token-level objective with decoupled clip
% ranges for a group of G responses o_i to one question; the ratios r_{i,t} and advantages given per token,
% responses padded to T tokens, the lengths |o_i| given (prose)
r_{i,t}(\theta), \hat{A}_{i,t} \in \mathbb{R}^{G \times T}, |o_i| \in \{1, \dots, T\}^{G}, \varepsilon_{\text{low}}, \varepsilon_{\text{high}} \in \mathbb{R}

\mathcal{J}_{\text{DAPO}}(\theta) = \frac{1}{\sum_{i=1}^{G}|o_i|}\sum_{i=1}^{G}\sum_{t=1}^{|o_i|} \min\Big(r_{i,t}(\theta)\hat{A}_{i,t}, \text{clip}\Big(r_{i,t}(\theta), 1-\varepsilon_{\text{low}}, 1+\varepsilon_{\text{high}}\Big)\hat{A}_{i,t}\Big)
