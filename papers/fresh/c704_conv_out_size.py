from h import *
run('c704_conv_out_size', {'i':7,'k':3,'p':1,'s':2}, np.floor((7+2-3)/2)+1)
run('c704_conv_out_size', {'i':8,'k':3,'p':0,'s':2}, np.floor((8-3)/2)+1)
