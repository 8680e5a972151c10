% Score-Based Generative Modeling through SDEs, Song et al. (2021), Eq. 47 (Appendix E): the reverse diffusion
% predictor for the SMLD (VE) SDE, one step from x_{i+1}; the score model is a linear stand-in (helper)
\mathbf{x}_{i+1}, \mathbf{z}_{i+1} \in \mathbb{R}^{D}, W \in \mathbb{R}^{D \times D}, \sigma_i, \sigma_{i+1} \in \mathbb{R}

\mathbf{s}_{\boldsymbol{\theta}^*}(\mathbf{x}, \sigma) = W\mathbf{x} / \sigma^2
\mathbf{x}_i = \mathbf{x}_{i+1} + (\sigma_{i+1}^2 - \sigma_i^2)\mathbf{s}_{\boldsymbol{\theta}^*}(\mathbf{x}_{i+1}, \sigma_{i+1}) + \sqrt{\sigma_{i+1}^2 - \sigma_i^2}\,\mathbf{z}_{i+1}
