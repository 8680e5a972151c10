% Zhang et al., Dive into Deep Learning, Sec. 10.2 (GRU), as printed, for a minibatch of n examples
\mathbf{X}_t \in \mathbb{R}^{n \times d}, \mathbf{H}_{t-1} \in \mathbb{R}^{n \times h}, \mathbf{W}_{\textrm{xr}}, \mathbf{W}_{\textrm{xz}}, \mathbf{W}_{\textrm{xh}} \in \mathbb{R}^{d \times h}, \mathbf{W}_{\textrm{hr}}, \mathbf{W}_{\textrm{hz}}, \mathbf{W}_{\textrm{hh}} \in \mathbb{R}^{h \times h}, \mathbf{b}_\textrm{r}, \mathbf{b}_\textrm{z}, \mathbf{b}_\textrm{h} \in \mathbb{R}^{1 \times h}

$$
\begin{aligned}
\mathbf{R}_t = \sigma(\mathbf{X}_t \mathbf{W}_{\textrm{xr}} + \mathbf{H}_{t-1} \mathbf{W}_{\textrm{hr}} + \mathbf{b}_\textrm{r}),\\
\mathbf{Z}_t = \sigma(\mathbf{X}_t \mathbf{W}_{\textrm{xz}} + \mathbf{H}_{t-1} \mathbf{W}_{\textrm{hz}} + \mathbf{b}_\textrm{z}),
\end{aligned}
$$
$$\tilde{\mathbf{H}}_t = \tanh(\mathbf{X}_t \mathbf{W}_{\textrm{xh}} + \left(\mathbf{R}_t \odot \mathbf{H}_{t-1}\right) \mathbf{W}_{\textrm{hh}} + \mathbf{b}_\textrm{h}),$$
$$\mathbf{H}_t = \mathbf{Z}_t \odot \mathbf{H}_{t-1}  + (1 - \mathbf{Z}_t) \odot \tilde{\mathbf{H}}_t.$$
