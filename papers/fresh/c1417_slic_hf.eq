% SLiC-HF, Zhao et al. (2023), Eq. 1: the rank calibration loss with a cross-entropy regulariser towards the
% reference target; the sequence likelihoods of the positive, negative and reference targets given (prose)
P_\theta(y^+|x), P_\theta(y^-|x), P_\theta(y_{\mathrm{ref}}|x), \delta, \lambda \in \mathbb{R}

\mathcal{L}(\theta) = \max(0, \delta - \log P_\theta(y^+|x) + \log P_\theta(y^-|x)) - \lambda \log P_\theta(y_{\mathrm{ref}}|x)
