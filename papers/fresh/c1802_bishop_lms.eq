% Bishop & Bishop (2024), Sec. 4.1.3 (sequential learning, least-mean-squares), from memory of the printing;
% upright superscript T for the transpose as the book prints it; shapes from the prose (M basis functions)
\mathbf{w}^{(\tau)}, \boldsymbol{\phi}_n \in \mathbb{R}^{M}, t_n, \eta \in \mathbb{R}

\mathbf{w}^{(\tau+1)} = \mathbf{w}^{(\tau)} + \eta (t_n - \mathbf{w}^{(\tau)\mathrm{T}} \boldsymbol{\phi}_n) \boldsymbol{\phi}_n
