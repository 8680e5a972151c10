% Denoising diffusion implicit models, Song, Meng & Ermon (2021), Eq. 12: one generalized sampling
% step (\alpha here is DDPM's \bar{\alpha}); \epsilon_\theta^{(t)} is a linear stand-in (helper).
\boldsymbol{x}_t, \epsilon_t \in \mathbb{R}^{d}, W \in \mathbb{R}^{d \times d}, \alpha_t, \alpha_{t-1}, \sigma_t \in \mathbb{R}

\epsilon_\theta^{(t)}(\boldsymbol{x}) = W\boldsymbol{x}
\boldsymbol{x}_{t-1} = \sqrt{\alpha_{t-1}} \underbrace{\left(\frac{\boldsymbol{x}_t - \sqrt{1 - \alpha_t}\epsilon_\theta^{(t)}(\boldsymbol{x}_t)}{\sqrt{\alpha_t}}\right)}_{\text{`` predicted } \boldsymbol{x}_0 \text{''}} + \underbrace{\sqrt{1 - \alpha_{t-1} - \sigma_t^2} \cdot \epsilon_\theta^{(t)}(\boldsymbol{x}_t)}_{\text{``direction pointing to } \boldsymbol{x}_t \text{''}} + \underbrace{\sigma_t \epsilon_t}_{\text{random noise}}
