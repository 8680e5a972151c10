from h import *
rng=np.random.default_rng(1624); S,A=4,3; r=rng.normal(size=(S,A)); p=rng.random(size=(S,S,A)); p/=p.sum(0,keepdims=True); v=rng.normal(size=S); g=0.9
q=r+g*np.einsum('nsa,n->sa',p,v)
run('c1624_sb_q_from_v', {'r':r,'p':p,r'v_\pi':v,r'\gamma':g}, q, fn=r'q_\pi')
