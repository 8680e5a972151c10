% Score-Based Generative Modeling through SDEs, Song et al. (2021), Eq. 46 (Appendix E): the ancestral sampling
% step for the DDPM (VP) SDE from x_{i+1}; the score model is a linear stand-in (helper)
\mathbf{x}_{i+1}, \mathbf{z}_{i+1} \in \mathbb{R}^{D}, W \in \mathbb{R}^{D \times D}, \beta_{i+1} \in \mathbb{R}

\mathbf{s}_{\boldsymbol{\theta}^*}(\mathbf{x}, i) = W\mathbf{x}
\mathbf{x}_i = \frac{1}{\sqrt{1 - \beta_{i+1}}}(\mathbf{x}_{i+1} + \beta_{i+1}\mathbf{s}_{\boldsymbol{\theta}^*}(\mathbf{x}_{i+1}, i+1)) + \sqrt{\beta_{i+1}}\mathbf{z}_{i+1}
