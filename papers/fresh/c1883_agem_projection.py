from h import *
g=np.array([1.0,-2.0,0.5,0.3]); gr=np.array([-0.5,1.0,0.2,-1.0])
run('c1883_agem_projection', {'g':g,'g_{ref}':gr}, g-(g@gr)/(gr@gr)*gr, fn=r'\tilde{g}')
