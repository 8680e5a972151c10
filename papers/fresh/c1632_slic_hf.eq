% SLiC-HF, Zhao et al. (2023), Eq. 1 (calibration loss with cross-entropy regulariser), from memory of the
% printing; over one example, the three sequence log-probabilities given as numbers (prose)
P_\theta(y^+|x), P_\theta(y^-|x), P_\theta(y_{\text{ref}}|x) \in \mathbb{R}, \delta = 1, \lambda = 0.5

\mathcal{L}(\theta) = \max(0, \delta - \log P_\theta(y^+|x) + \log P_\theta(y^-|x)) - \lambda \log P_\theta(y_{\text{ref}}|x)
