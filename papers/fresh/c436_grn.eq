% ConvNeXt V2, Woo et al. (2023), Eqs. 1-3 (global response normalization) as the paper's pseudo-code
% computes them: X is H x W x C, gamma, beta in R^C (prose); the aggregate is the L2 norm over H, W and
% the normalisation divides by the mean over channels
X \in \mathbb{R}^{H \times W \times C}, \gamma, \beta \in \mathbb{R}^{C}, \epsilon = 10^{-6}

\mathcal{G}_i = \sqrt{\sum_{h=1}^{H} \sum_{w=1}^{W} X_{hwi}^2}
\mathcal{N}_i = \frac{\mathcal{G}_i}{\frac{1}{C}\sum_{j=1}^{C} \mathcal{G}_j + \epsilon}
Y = \gamma * X * \mathcal{N} + \beta + X
