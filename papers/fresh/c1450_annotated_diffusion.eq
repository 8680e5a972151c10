% The Annotated Diffusion Model (Hugging Face, 2022), the forward process in closed form as printed (\Pi for the
% product, := definitions); beta the T variances of the schedule, x_0 a d-dimensional sample, epsilon ~ N(0, I)
% given; x_t for every step t = 1, ..., T (prose: "sample x_t at any arbitrary noise level")
\beta \in \mathbb{R}^{T}, \mathbf{x}_0, \mathbf{\epsilon} \in \mathbb{R}^{d}

\alpha_t := 1 - \beta_t
\bar{\alpha}_t := \Pi_{s=1}^{t} \alpha_s
\mathbf{x}_t = \sqrt{\bar{\alpha}_t} \mathbf{x}_0 + \sqrt{1 - \bar{\alpha}_t} \mathbf{\epsilon}
