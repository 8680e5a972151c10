% FiLM, Perez et al. (2018), Eq. 2: F_{i,c} is the c-th feature map of the i-th input (prose),
% gamma_{i,c}, beta_{i,c} one number per input and feature map
F \in \mathbb{R}^{N \times C \times H \times W}, \gamma, \beta \in \mathbb{R}^{N \times C}

FiLM(\mathbf{F}_{i,c} | \gamma_{i,c}, \beta_{i,c}) = \gamma_{i,c} \mathbf{F}_{i,c} + \beta_{i,c}
