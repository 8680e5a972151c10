from h import *
rng=np.random.default_rng(907); ns,na=4,3; q=rng.normal(size=(ns,na)); tau=0.03; pi=torch.softmax(T(q)/tau*0.01,1).numpy()
s,a,s1,r,al,g=1,2,3,0.5,0.9,0.99
P,Qq=T(pi),T(q); e=r+al*tau*torch.log(P[s,a])+g*(P[s1]*(Qq[s1]-tau*torch.log(P[s1]))).sum()
run('c907_munchausen_target', {r'q_{\bar\theta}':q,r'\pi_{\bar\theta}':pi,'s_t':s,'a_t':a,'s_{t+1}':s1,'r_t':r,r'\alpha':al,r'\tau':tau,r'\gamma':g}, e.numpy())
