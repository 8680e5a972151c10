% Bishop & Bishop (2024), Sec. 7.3.3 (Adam), from memory of the printing (gradient taken at the previous iterate);
% E is the book's sum-of-squares error (Sec. 4.1.2) with \boldsymbol{\phi}_n the rows of \boldsymbol{\Phi} (my choice of E);
% s, r the moment estimates, \delta the small constant; shapes from the prose
\mathbf{w}^{(\tau-1)}, s^{(\tau-1)}, r^{(\tau-1)} \in \mathbb{R}^{M}, \boldsymbol{\Phi} \in \mathbb{R}^{N \times M}, \mathsf{t} \in \mathbb{R}^{N}, \tau \in \mathbb{N}

E(\mathbf{w}) = \frac{1}{2} \sum_{n=1}^{N} \{ \mathsf{t}_n - \mathbf{w}^{\mathrm{T}} \boldsymbol{\phi}_n \}^2
s_i^{(\tau)} = \beta_1 s_i^{(\tau-1)} + (1 - \beta_1) \frac{\partial E(\mathbf{w}^{(\tau-1)})}{\partial w_i}
r_i^{(\tau)} = \beta_2 r_i^{(\tau-1)} + (1 - \beta_2) \left( \frac{\partial E(\mathbf{w}^{(\tau-1)})}{\partial w_i} \right)^2
\hat{s}_i^{(\tau)} = \frac{s_i^{(\tau)}}{1 - \beta_1^\tau}
\hat{r}_i^{(\tau)} = \frac{r_i^{(\tau)}}{1 - \beta_2^\tau}
w_i^{(\tau)} = w_i^{(\tau-1)} - \eta \frac{\hat{s}_i^{(\tau)}}{\sqrt{\hat{r}_i^{(\tau)}} + \delta}
