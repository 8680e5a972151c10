from h import *
rng=np.random.default_rng(1266); A=5; q0=rng.normal(size=A); q1=rng.normal(size=A); a=3; r,al,tau,g,l0=0.4,0.9,0.03,0.99,-1.0
p0=torch.softmax(T(q0)/tau,0); p1=torch.softmax(T(q1)/tau,0)
lp0=torch.log_softmax(T(q0)/tau,0); lp1=torch.log_softmax(T(q1)/tau,0)
e=r+al*torch.clamp(tau*lp0[a-1],l0,0)+g*(p1*(T(q1)-tau*lp1)).sum()
run('c1266_munchausen', {'q_t':q0,'q_{t+1}':q1,'a_t':a,'r_t':r,r'\alpha':al,r'\tau':tau,r'\gamma':g,'l_0':l0}, e.numpy(), fn=r'\hat{q}_{\text{m-dqn}}')
