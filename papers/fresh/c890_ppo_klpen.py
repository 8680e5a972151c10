from h import *
rng=np.random.default_rng(890); Tn,na=6,4; p=rng.uniform(0.1,1,Tn); po=rng.uniform(0.1,1,Tn); A=rng.normal(size=Tn)
P=rng.dirichlet(np.ones(na),size=Tn); Po=rng.dirichlet(np.ones(na),size=Tn); b=0.3
kl=(T(Po)*torch.log(T(Po)/T(P))).sum(1)
run('c890_ppo_klpen', {r'\pi_\theta(a_t \mid s_t)':p,r'\pi_{\theta_{\text{old}}}(a_t \mid s_t)':po,r'\hat{A}_t':A,r'\pi_\theta(\cdot \mid s_t)':P,r'\pi_{\theta_{\text{old}}}(\cdot \mid s_t)':Po,r'\beta':b},
    (T(p)/T(po)*T(A)-b*kl).mean().numpy(), fn='L^{KLPEN}')
