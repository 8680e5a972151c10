% SLiC-HF (Zhao et al., 2023), Eq. 1: the rank calibration hinge loss plus a regulariser on the reference target,
% over a batch of B examples with the policy's log-probabilities given (prose)
\log P_\theta(y^+|x), \log P_\theta(y^-|x), \log P_\theta(y_{\text{ref}}|x) \in \mathbb{R}^{B}, \delta = 1, \lambda = 0.5

\mathcal{L}(\theta) = \max(0, \delta - \log P_\theta(y^+|x) + \log P_\theta(y^-|x)) - \lambda \log P_\theta(y_{\text{ref}}|x)
