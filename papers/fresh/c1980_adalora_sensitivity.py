from h import *
rng=np.random.default_rng(1980); w,g,Ip,Up=(rng.normal(size=(3,4)) for _ in range(4)); Ip=np.abs(Ip); Up=np.abs(Up); b1,b2=0.85,0.9
I=np.abs(w*g); Ib=b1*Ip+(1-b1)*I; Ub=b2*Up+(1-b2)*np.abs(I-Ib)
run('c1980_adalora_sensitivity', {'w':w, r'\nabla_{w} \mathcal{L}':g, r'\overline{I}^{(t-1)}':Ip, r'\overline{U}^{(t-1)}':Up, r'\beta_1':b1, r'\beta_2':b2}, Ib*Ub, fn='s^{(t)}')
