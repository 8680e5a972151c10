from h import *
rng=np.random.default_rng(1510); n=5; w=rng.normal(size=n); m=rng.normal(size=n)*.1; v=rng.random(n)*.1; g=rng.normal(size=n); b1,b2,eta,eps,t=0.9,0.999,0.01,1e-8,3.0
m1=b1*m+(1-b1)*g; v1=b2*v+(1-b2)*g**2; mh=m1/(1-b1**(t+1)); vh=v1/(1-b2**(t+1))
I={'w^{(t)}':w,'m_w^{(t)}':m,'v_w^{(t)}':v,r'\nabla_w L^{(t)}':g,r'\beta_1':b1,r'\beta_2':b2,r'\eta':eta,r'\varepsilon':eps,'t':t}
run('c1510_wiki_sgd_adam', I, w-eta*mh/(np.sqrt(vh)+eps), fn='w^{(t+1)}')
