% Advantage-Weighted Regression, Peng et al. (2019), Eq. 7 / Algorithm 1: the weighted log-likelihood
% objective over a batch of B samples; log pi(a|s), the returns R and the values V(s) given per sample (prose)
\log \pi(\mathbf{a}|\mathbf{s}), \mathcal{R}^{\mathcal{D}}_{\mathbf{s},\mathbf{a}}, V^{\mathcal{D}}(\mathbf{s}) \in \mathbb{R}^{B}, \beta \in \mathbb{R}

J = \mathbb{E}_{\mathbf{s} \sim d_{\mathcal{D}}(\mathbf{s})} \mathbb{E}_{\mathbf{a} \sim \mathcal{D}(\mathbf{a}|\mathbf{s})} \left[ \log \pi(\mathbf{a}|\mathbf{s}) \exp\left( \frac{1}{\beta} \left( \mathcal{R}^{\mathcal{D}}_{\mathbf{s},\mathbf{a}} - V^{\mathcal{D}}(\mathbf{s}) \right) \right) \right]
