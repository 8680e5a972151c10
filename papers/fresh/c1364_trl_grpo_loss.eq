% Hugging Face TRL docs, GRPO Trainer, "Computing the loss": G completions o_i of one prompt, here all of T tokens
% (|o_i| = T); token probabilities, advantages and per-token KL estimates given (prose); the ratio of pi_theta to its
% no-grad copy is 1 in value
\pi_\theta(o_{i,t} \mid q, o_{i,< t}), \hat{A}_{i,t}, \mathbb{D}_{\text{KL}}\left[\pi_\theta \| \pi_{\text{ref}}\right] \in \mathbb{R}^{G \times T}, \beta \in \mathbb{R}

\mathcal{L}_{\text{GRPO}}(\theta) = -\frac{1}{G} \sum_{i=1}^G \frac{1}{|o_i|} \sum_{t=1}^{|o_i|} \left[ \frac{\pi_\theta(o_{i,t} \mid q, o_{i,< t})}{\left[\pi_\theta(o_{i,t} \mid q, o_{i,< t})\right]_{\text{no grad}}} \hat{A}_{i,t} - \beta \mathbb{D}_{\text{KL}}\left[\pi_\theta \| \pi_{\text{ref}}\right] \right]
