from h import *
rng=np.random.default_rng(1364); G,Tn=4,5; p=rng.random((G,Tn))+.1; A=rng.normal(size=(G,Tn)); K=rng.random((G,Tn)); b=0.04
run('c1364_trl_grpo_loss', {r'\pi_\theta(o_{i,t} \mid q, o_{i,< t})':p, r'\hat{A}':A, r'\mathbb{D}_{\text{KL}}\left[\pi_\theta \| \pi_{\text{ref}}\right]':K, r'\beta':b}, np.array(-(A-b*K).mean()), fn=r'\mathcal{L}_{\text{GRPO}}')
