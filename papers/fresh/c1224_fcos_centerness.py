from h import *
rng=np.random.default_rng(1224); N=6; l,r,t,b=(rng.uniform(0.1,3,N) for _ in range(4))
run('c1224_fcos_centerness', {'l^*':l,'r^*':r,'t^*':t,'b^*':b}, np.sqrt(np.minimum(l,r)/np.maximum(l,r)*np.minimum(t,b)/np.maximum(t,b)), fn=r'\text{centerness}^*')
